"""An oslo.messaging RPC server, written against the library's public API, for Flagstaff's tests.

Serves topic --topic as host --server on --url with the endpoint below (API version --version),
prints "READY" once it consumes, then one line per cast it receives ("CAST <text>"), and stops when
its standard input closes.
"""

import argparse
import json
import sys
import time

from oslo_config import cfg
import oslo_messaging


class ValueTooLarge(ValueError):
    """An exception of this module: an oslo client sees a RemoteError of this class."""


class Endpoint(object):
    def __init__(self, version):
        self.target = oslo_messaging.Target(version=version)

    def hello(self, ctxt, name):
        return "hello " + name + " from oslo"

    def context(self, ctxt):
        # oslo adds its own call-monitor key to what the caller sent; the rest is the caller's.
        values = dict(ctxt)
        values.pop("client_timeout", None)
        return values

    def fail(self, ctxt, message):
        raise ValueTooLarge(message)

    def record(self, ctxt, text):
        print("CAST " + text, flush=True)

    def sleep(self, ctxt, seconds):
        time.sleep(seconds)
        return seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--topic", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--exchange", default="nova")
    parser.add_argument("--version", default="1.0")
    options = parser.parse_args()

    cfg.CONF([], project="flagstaff-test")
    oslo_messaging.set_transport_defaults(control_exchange=options.exchange)
    transport = oslo_messaging.get_rpc_transport(cfg.CONF, url=options.url)
    target = oslo_messaging.Target(topic=options.topic, server=options.server)
    server = oslo_messaging.get_rpc_server(
        transport, target, [Endpoint(options.version)], executor="threading"
    )
    server.start()
    print("READY", flush=True)
    sys.stdin.read()
    server.stop()
    server.wait()
    transport.cleanup()


if __name__ == "__main__":
    main()
