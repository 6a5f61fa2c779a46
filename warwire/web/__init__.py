"""The web face of warwire: JSON API, dashboard and sitrep pages (`create_app`), served by `warwire serve`."""
