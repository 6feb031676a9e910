// Stands in for a tag manager: the widget pushes its events here.
window.dataLayer = window.dataLayer || [];
