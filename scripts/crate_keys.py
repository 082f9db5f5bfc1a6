"""The crate's own definition of a key, for the data scripts: builds the
`keys` example of the gii-clusters-keys crate (keys/, the code the build
and the lookups run) and asks it, so that no script keeps a definition of
a key, a bound or a suffix list of its own."""

import functools
import os
import subprocess


@functools.cache
def keys_program():
    """Builds the `keys` example (the crate's definition of a key) and
    returns its path."""
    subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "gii-clusters-keys",
                    "--example", "keys"], check=True)
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    return os.path.join(target, "release", "examples", "keys")


def keys_of(program, texts):
    """The crate's key of each text (None for a text that cannot be a key
    of the data: a char no key has, nothing to look it up by, or longer
    than MAX_KEY_BYTES)."""
    texts = [t.replace("\n", " ") for t in texts]
    result = subprocess.run([program], input="\n".join(texts) + "\n", capture_output=True,
                            text=True, check=True)
    keys = result.stdout.split("\n")[: len(texts)]
    return [k or None for k in keys]


@functools.cache
def bounds():
    """The crate's bounds of a key, by name (`MAX_KEY_BYTES`,
    `MAX_QUALIFIER_WORDS`)."""
    out = subprocess.run([keys_program(), "--bounds"], capture_output=True, text=True, check=True)
    return {name: int(value) for name, value in
            (line.split("\t") for line in out.stdout.splitlines())}


@functools.cache
def words():
    """The crate's word lists, by name (`PLACE_SUFFIXES`,
    `REGION_SUFFIXES`), each in the crate's order (longest first)."""
    out = subprocess.run([keys_program(), "--words"], capture_output=True, text=True, check=True)
    return {fields[0]: tuple(fields[1:]) for fields in
            (line.split("\t") for line in out.stdout.splitlines())}
