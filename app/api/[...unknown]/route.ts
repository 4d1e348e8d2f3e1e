import { jsonError } from "@/lib/api/json-response";
import { AppError } from "@/lib/errors";

// Unknown API paths answer in the API's error shape, not with the HTML 404 page.
function notFound() {
  return jsonError(new AppError("not_found", "No such API endpoint."));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
