package web

import (
	"embed"
	"net/http"
)

// static holds the search page: HTML, CSS and JavaScript in separate files,
// so that the Content-Security-Policy can forbid inline script and style.
// Its paths ("static/app.js") are the URL paths without the leading slash.
//
//go:embed static
var static embed.FS

// page serves the search page itself at "/".
func page(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeFileFS(w, r, static, "static/index.html")
}

// assets serves /static/…: the page's CSS, JavaScript and icon, revalidated
// on every load (embedded files have no modification time to compare, and
// they are small).
func assets() http.Handler {
	fsrv := http.FileServerFS(static)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		fsrv.ServeHTTP(w, r)
	})
}
