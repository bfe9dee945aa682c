"""What a route needs from the app: the front door (`Diplograph`) the app was made from."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from diplograph.core import Diplograph


async def front_door(request: Request) -> Diplograph:
    """A coroutine: FastAPI runs a plain-function dependency in its thread pool, a hand-over each way that
    costs more than this lookup."""
    found: Diplograph = request.app.state.diplograph
    return found


FrontDoor = Annotated[Diplograph, Depends(front_door)]
