// Starts the vendored Swagger UI on this server's schema (kept out of the page: CSP forbids inline script).
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
