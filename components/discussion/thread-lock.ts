"use client";

import { createContext } from "react";

/** Whether the thread being rendered is locked (set on its root): no comment in it offers 回复. */
export const ThreadLockedContext = createContext(false);
