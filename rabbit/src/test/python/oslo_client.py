"""An oslo.messaging RPC client, written against the library's public API, for Flagstaff's tests.

Sends one call, cast or fan-out cast of --method with the JSON object --args as its arguments and
--context as its context, and prints one JSON line: {"result": ...}, or {"error": {"type": ...,
"exc_type": ..., "value": ...}} for an exception (exc_type and value those of a RemoteError).
"""

import argparse
import json

from oslo_config import cfg
import oslo_messaging


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--topic", required=True)
    parser.add_argument("--server")
    parser.add_argument("--exchange", default="nova")
    parser.add_argument("--action", choices=["call", "cast", "fanout"], default="call")
    parser.add_argument("--method", required=True)
    parser.add_argument("--args", default="{}")
    parser.add_argument("--context", default="{}")
    parser.add_argument("--version")
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--call-monitor-timeout", type=float)
    options = parser.parse_args()

    cfg.CONF([], project="flagstaff-test")
    oslo_messaging.set_transport_defaults(control_exchange=options.exchange)
    transport = oslo_messaging.get_rpc_transport(cfg.CONF, url=options.url)
    target = oslo_messaging.Target(
        topic=options.topic,
        server=options.server,
        version=options.version,
        fanout=options.action == "fanout",
    )
    client = oslo_messaging.get_rpc_client(
        transport,
        target,
        timeout=options.timeout,
        call_monitor_timeout=options.call_monitor_timeout,
    )
    context = json.loads(options.context)
    arguments = json.loads(options.args)
    try:
        if options.action == "call":
            print(json.dumps({"result": client.call(context, options.method, **arguments)}))
        else:
            client.cast(context, options.method, **arguments)
            print(json.dumps({"result": None}))
    except oslo_messaging.RemoteError as e:
        print(json.dumps({"error": {"type": "RemoteError", "exc_type": e.exc_type, "value": e.value}}))
    except Exception as e:
        print(json.dumps({"error": {"type": type(e).__name__, "value": str(e)}}))
    finally:
        transport.cleanup()


if __name__ == "__main__":
    main()
