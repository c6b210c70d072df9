#!/usr/bin/env python3
"""Verifies a Tresor audit export (JSON Lines) without Tresor.

    python3 verify-audit-export.py tresor-audit.jsonl

Needs only Python 3 and the openssl command. Checks that every event hashes to its stored
hash, links to the one before it, that no sequence number is missing, and that every signed
checkpoint in the export matches the chain and carries a valid ECDSA signature by the key in
the export (compare its keyId with the one your Tresor shows). Exit code 0: intact; 1: the
first broken event is printed.

The chain rule: hash(n) = hex(SHA-256(UTF-8 of "tresor-audit-v1" followed by "|" + field for
prevHash, seq, occurredAtMillis, actorType, actorId, tenantId, action, targetType, targetId,
purpose, outcome, source, requestId, details)), where a field is "<length>:<value>" with the
length in UTF-16 code units (as Java counts), and a missing value is "-1:". A checkpoint signs
"tresor-audit-checkpoint-v1|<seq>|<hash>" with SHA256withECDSA (DER signature, base64).
"""
import base64
import hashlib
import json
import os
import subprocess
import sys
import tempfile

FIELDS = ["actorType", "actorId", "tenantId", "action", "targetType", "targetId", "purpose",
          "outcome", "source", "requestId", "details"]


def field(value):
    if value is None:
        return "|-1:"
    text = str(value)
    return "|%d:%s" % (len(text.encode("utf-16-le")) // 2, text)


def event_hash(event):
    data = "tresor-audit-v1" + field(event["prevHash"]) + field(event["seq"]) + field(event["occurredAtMillis"])
    data += "".join(field(event.get(name)) for name in FIELDS)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def signature_valid(pem, seq, digest, signature):
    with tempfile.TemporaryDirectory() as tmp:
        key, sig, msg = (os.path.join(tmp, n) for n in ("key.pem", "sig.der", "msg"))
        with open(key, "w") as f:
            f.write(pem)
        with open(sig, "wb") as f:
            f.write(base64.b64decode(signature))
        with open(msg, "wb") as f:
            f.write(("tresor-audit-checkpoint-v1|%d|%s" % (seq, digest)).encode("utf-8"))
        result = subprocess.run(["openssl", "dgst", "-sha256", "-verify", key, "-signature", sig, msg],
                                capture_output=True)
        return result.returncode == 0


def main(path):
    events, checkpoints, keys = [], [], {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                item = json.loads(line)
                {"event": events, "checkpoint": checkpoints}.get(item["type"], []).append(item)
                if item["type"] == "key":
                    keys[item["keyId"]] = item["publicKeyPem"]
    computed = {}
    previous = None
    for event in events:
        seq = event["seq"]
        if previous is not None and seq != previous["seq"] + 1:
            return broken(previous["seq"] + 1, "is missing")
        if previous is not None and event["prevHash"] != computed[previous["seq"]]:
            return broken(seq, "does not link to event %d" % previous["seq"])
        digest = event_hash(event)
        if digest != event["hash"]:
            return broken(seq, "was altered: its content does not match its hash")
        computed[seq] = digest
        previous = event
    for checkpoint in checkpoints:
        seq = checkpoint["seq"]
        if computed.get(seq) != checkpoint["hash"]:
            return broken(seq, "differs from the signed checkpoint")
        pem = keys.get(checkpoint["keyId"])
        if pem is None or not signature_valid(pem, seq, checkpoint["hash"], checkpoint["signature"]):
            return broken(seq, "has a checkpoint without a valid signature")
    first = events[0]["seq"] if events else 0
    print("intact: %d events (%d to %d), %d signed checkpoints, key %s"
          % (len(events), first, previous["seq"] if previous else 0, len(checkpoints), ", ".join(keys)))
    return 0


def broken(seq, why):
    print("broken: event %d %s" % (seq, why))
    return 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
