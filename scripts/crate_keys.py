"""The crate's own definition of a key, for the data scripts: builds
scripts/keys.rs (the crate's normalizer, with rustc alone) and asks it,
so that no script keeps a definition of a key of its own."""

import csv
import os
import subprocess


def keys_program(directory):
    """Builds scripts/keys.rs (the crate's normalizer) into `directory`."""
    program = os.path.join(directory, "keys")
    subprocess.run(["rustc", "--edition", "2024", "-O", "scripts/keys.rs", "-o", program],
                   check=True)
    return program


def keys_of(program, texts):
    """The crate's key of each text (None for a text that cannot be one)."""
    texts = [t.replace("\n", " ") for t in texts]
    result = subprocess.run([program], input="\n".join(texts) + "\n", capture_output=True,
                            text=True, check=True)
    keys = result.stdout.split("\n")[: len(texts)]
    return [k or None for k in keys]


def longest_cluster_key(program):
    """The length in bytes of the longest key of a cluster's name, alias or
    city name: the bound every query is held to."""
    names = []
    for path, column in [("data/clusters.csv", "name"), ("data/clusters.csv", "name_zh"),
                         ("data/aliases.csv", "alias"), ("data/city_names.csv", "name")]:
        with open(path, newline="", encoding="utf-8") as f:
            names += [row[column] for row in csv.DictReader(f) if row[column]]
    return max(len(k.encode()) for k in keys_of(program, names) if k)
