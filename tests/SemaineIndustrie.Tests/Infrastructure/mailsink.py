"""aiosmtpd handler for the tests: each message received becomes an .eml file in a folder."""
import os
import threading
import time
import uuid


def _exit_with_parent():
    """The test run may end without stopping this server (a crash, a timeout): it stops when its parent is gone."""
    parent = os.getppid()
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


threading.Thread(target=_exit_with_parent, daemon=True).start()


class FolderHandler:
    def __init__(self, folder):
        self.folder = folder
        os.makedirs(folder, exist_ok=True)

    @classmethod
    def from_cli(cls, parser, *args):
        return cls(args[0])

    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(self.folder, f"{time.time_ns()}-{uuid.uuid4().hex}")
        with open(name + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(name + ".tmp", name + ".eml")  # readers never see half a message
        return "250 Message accepted"
