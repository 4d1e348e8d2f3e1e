import type { DisplayNameProblem } from "@/lib/auth/display-name";

/**
 * The local issuer's pages. Bilingual and self-contained (no external fonts or
 * scripts): the issuer runs offline and is only ever seen by developers.
 */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

const PROBLEMS: Record<DisplayNameProblem, string> = {
  empty: "请输入一个名字。Enter a name.",
  too_long: "名字最多 30 个字符。Use at most 30 characters.",
  invalid_characters: "名字不能包含控制字符或不可见字符。Remove control and invisible characters.",
};

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;background:#fbfaf7;color:#1f2328;margin:0;padding:3rem 1rem}
main{max-width:26rem;margin:0 auto;background:#fff;border:1px solid #0001;border-radius:12px;padding:1.5rem}
h1{font-size:1.25rem;margin:0 0 .5rem}p{color:#5b6470;line-height:1.6}
label{display:block;font-weight:600;margin:1rem 0 .25rem}
input{width:100%;box-sizing:border-box;font:inherit;padding:.5rem .75rem;border:1px solid #0003;border-radius:8px}
.error{color:#b91c1c}.row{display:flex;gap:.5rem;margin-top:1rem}
button{font:inherit;padding:.5rem 1rem;border-radius:999px;border:1px solid #1f2328;background:#1f2328;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1f2328}
</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

export function loginPage(options: { issuerName: string; action: string; value?: string; problem?: DisplayNameProblem }): string {
  const { issuerName, action, value = "", problem } = options;
  const error = problem ? `<p id="name-error" class="error" role="alert">${PROBLEMS[problem]}</p>` : "";
  return page(
    `${issuerName} · 登录 Sign in`,
    `<h1>${escapeHtml(issuerName)}</h1>
<p>本地演示登录,仅供开发,不要用于生产环境。输入任意名字即以该演示用户登录,无需密码。<br>
Local demo sign-in for development only, not for production. Type any name to sign in as that demo user; there is no password.</p>
<form method="post" action="${escapeHtml(action)}" autocomplete="off">
<label for="name">演示用户名 Demo user name</label>
<input id="name" name="name" required maxlength="64" value="${escapeHtml(value)}" autofocus${problem ? ' aria-invalid="true" aria-describedby="name-error"' : ""}>
${error}
<div class="row">
<button type="submit" name="action" value="login">登录 Sign in</button>
<button type="submit" name="action" value="cancel" class="secondary" formnovalidate>取消 Cancel</button>
</div>
</form>`,
  );
}

export function errorPage(issuerName: string, details: Record<string, string>): string {
  const rows = Object.entries(details)
    .map(([key, value]) => `<p><strong>${escapeHtml(key)}</strong>: ${escapeHtml(value)}</p>`)
    .join("");
  return page(`${issuerName} · 出错了 Error`, `<h1>出错了 Something went wrong</h1>${rows}`);
}
