"""Content negotiation: the media types an Accept header asks for, best first, and the offer that fits.

The one Accept parser of the service: /sparql, /documents/{id} and the remote store's pass-through all read
headers through it. graph/ deals in formats and ranked media types; headers are HTTP's, and stay here.
"""

from __future__ import annotations

from typing import Any

from diplograph.errors import NotAcceptable


def ranked_media_types(accept: str | None) -> list[str]:
    """The media types of an Accept header, lower-cased, best first (by q, then by order); q=0 ones left out."""
    if not accept:
        return []
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media_type, *params = [piece.strip() for piece in part.split(";")]
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0 and media_type:
            ranked.append((-quality, position, media_type.lower()))
    return [media_type for _, _, media_type in sorted(ranked)]


def negotiate(accept: str | None, offered: dict[str, Any]) -> tuple[str, Any]:
    """The first offered media type the Accept header ranks highest; the default for none or a wildcard."""
    default = next(iter(offered.items()))
    if not accept:
        return default
    for media_type in ranked_media_types(accept):
        if media_type in offered:
            return media_type, offered[media_type]
        if media_type.endswith("/*"):
            family = media_type[:-1]
            for offer, value in offered.items():
                if offer.startswith(family) or media_type == "*/*":
                    return offer, value
    raise NotAcceptable(
        f"cannot answer this query in any format of Accept: {accept}; it can be sent as {', '.join(offered)}"
    )
