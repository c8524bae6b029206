"""The re-keying of the public facts into the register, one idea a module (see tools/dataset/README.md)."""
