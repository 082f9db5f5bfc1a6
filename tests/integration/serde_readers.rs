//! Every `Deserialize` of the crate, driven the ways formats drive it:
//! keys and strings lent by the input (`&'de str`), handed over for the
//! call (`&str`) or owned (`String`), as bytes, in human-readable and
//! compact forms (`serde_test`'s tokens); and through `serde_json`'s reader and
//! value paths, which never lend.
#![cfg(feature = "serde")]

use gii_clusters::{Cluster, Economy, Location, by_rank};
use serde::{Deserialize, Serialize};
use serde_test::{Configure, Token, assert_de_tokens, assert_de_tokens_error, assert_ser_tokens};

/// The ways a format hands over a string.
const TEXT: [fn(&'static str) -> Token; 3] = [Token::BorrowedStr, Token::Str, Token::String];

/// The ways a format hands over bytes (a field name, in some formats).
const BYTES: [fn(&'static [u8]) -> Token; 3] = [Token::BorrowedBytes, Token::Bytes, Token::ByteBuf];

fn beijing() -> &'static Cluster {
    by_rank(4).unwrap()
}

/// Beijing's object form with only the keys that identify it, every key
/// and string made by `text`.
fn cluster_object(
    key: &dyn Fn(&'static str) -> Token,
    text: fn(&'static str) -> Token,
) -> Vec<Token> {
    vec![
        Token::Map { len: None },
        key("name"),
        text("Beijing"),
        key("rank"),
        Token::U8(4),
        Token::MapEnd,
    ]
}

fn location_object(key: &dyn Fn(&'static str) -> Token) -> Vec<Token> {
    vec![
        Token::Struct {
            name: "Location",
            len: 2,
        },
        key("longitude"),
        Token::F64(116.3972),
        key("latitude"),
        Token::F64(39.9075),
        Token::StructEnd,
    ]
}

#[test]
fn the_cluster_reads_from_every_kind_of_string() {
    for text in TEXT {
        assert_de_tokens(&beijing().readable(), &cluster_object(&text, text));
        assert_de_tokens(&beijing().readable(), &[text("北京")]);
        assert_de_tokens(&beijing().readable(), &[text("#4")]);
        assert_de_tokens_error::<serde_test::Readable<&Cluster>>(
            &[text("Beijng")],
            "\"Beijng\": no cluster has that name; did you mean Beijing (rank 4)?",
        );
    }
    for bytes in BYTES {
        let key = |name: &'static str| bytes(name.as_bytes());
        assert_de_tokens(&beijing().readable(), &cluster_object(&key, Token::Str));
    }
    // Field names by position, as serde's derive accepts them.
    let by_index = [
        Token::Map { len: None },
        Token::U64(0),
        Token::U8(4),
        Token::MapEnd,
    ];
    assert_de_tokens(&beijing().readable(), &by_index);
}

#[test]
fn the_cluster_in_compact_formats_is_its_rank() {
    assert_ser_tokens(&beijing().compact(), &[Token::U8(4)]);
    assert_de_tokens(&beijing().compact(), &[Token::U8(4)]);
    assert_de_tokens_error::<serde_test::Compact<&Cluster>>(
        &[Token::U8(0)],
        "invalid value: integer `0`, expected a cluster rank (1 to 100)",
    );
    assert_de_tokens_error::<serde_test::Compact<&Cluster>>(
        &[Token::Str("4")],
        "invalid type: string \"4\", expected a cluster rank (1 to 100)",
    );
}

#[test]
fn the_cluster_object_is_written_key_by_key() {
    let basel = by_rank(97).unwrap();
    let key = Token::Str;
    assert_ser_tokens(
        &basel.readable(),
        &[
            Token::Struct {
                name: "Cluster",
                len: 8,
            },
            key("rank"),
            Token::U8(97),
            key("name"),
            Token::Str("Basel"),
            key("economies"),
            Token::Seq { len: Some(3) },
            Token::Str("CH"),
            Token::Str("DE"),
            Token::Str("FR"),
            Token::SeqEnd,
            key("national_ranks"),
            Token::Map { len: Some(3) },
            Token::Str("CH"),
            Token::U8(basel.rank_in(Economy::Switzerland).unwrap()),
            Token::Str("DE"),
            Token::U8(basel.rank_in(Economy::Germany).unwrap()),
            Token::Str("FR"),
            Token::U8(basel.rank_in(Economy::France).unwrap()),
            Token::MapEnd,
            key("name_zh"),
            Token::None,
            key("brief_url"),
            Token::Str(basel.brief_url()),
            key("brief_url_inferred"),
            Token::Bool(false),
            key("location"),
            Token::Struct {
                name: "Location",
                len: 2,
            },
            key("latitude"),
            Token::F64(basel.location().latitude),
            key("longitude"),
            Token::F64(basel.location().longitude),
            Token::StructEnd,
            Token::StructEnd,
        ],
    );
}

#[test]
fn the_cluster_object_refuses_what_it_does_not_write() {
    let unknown = "unknown field `population`, expected one of `rank`, `name`, `economies`, \
         `national_ranks`, `name_zh`, `brief_url`, `brief_url_inferred`, `location`";
    for text in TEXT {
        assert_de_tokens_error::<serde_test::Readable<&Cluster>>(
            &[Token::Map { len: None }, text("population")],
            unknown,
        );
        assert_de_tokens_error::<serde_test::Readable<&Cluster>>(
            &[
                Token::Map { len: None },
                text("rank"),
                Token::U8(4),
                text("rank"),
            ],
            "duplicate field `rank`",
        );
        assert_de_tokens_error::<serde_test::Readable<&Cluster>>(
            &[Token::Map { len: None }, text("name"), Token::U8(4)],
            "invalid type: integer `4`, expected a cluster name",
        );
        assert_de_tokens_error::<serde_test::Readable<&Cluster>>(
            &[
                Token::Map { len: None },
                text("brief_url"),
                text("x"),
                Token::MapEnd,
            ],
            "missing field `rank`",
        );
    }
}

#[test]
fn the_economy_reads_from_every_kind_of_string() {
    for text in TEXT {
        assert_de_tokens(&Economy::Germany.readable(), &[text("Deutschland")]);
        assert_de_tokens(&Economy::Germany.compact(), &[text("de")]);
        assert_de_tokens_error::<Economy>(
            &[text("Atlantis")],
            "invalid value: string \"Atlantis\", expected the alpha-2 code or a name of an economy in the ranking",
        );
    }
    for bytes in BYTES {
        assert_de_tokens(&Economy::Korea, &[bytes("KR".as_bytes())]);
    }
    assert_ser_tokens(&Economy::Korea, &[Token::Str("KR")]);
    assert_de_tokens_error::<Economy>(
        &[Token::U8(49)],
        "invalid type: integer `49`, expected the alpha-2 code or a name of an economy in the ranking",
    );
}

#[test]
fn the_location_reads_from_every_kind_of_key() {
    let beijing = beijing().location();
    for text in TEXT {
        assert_de_tokens(&beijing, &location_object(&text));
        assert_de_tokens_error::<Location>(
            &[
                Token::Struct {
                    name: "Location",
                    len: 2,
                },
                text("altitude"),
            ],
            "unknown field `altitude`, expected `latitude` or `longitude`",
        );
        assert_de_tokens_error::<Location>(
            &[
                Token::Struct {
                    name: "Location",
                    len: 2,
                },
                text("latitude"),
                Token::F64(1.0),
                text("latitude"),
            ],
            "duplicate field `latitude`",
        );
        assert_de_tokens_error::<Location>(
            &[
                Token::Struct {
                    name: "Location",
                    len: 2,
                },
                text("latitude"),
                text("north"),
            ],
            "invalid type: string \"north\", expected f64",
        );
    }
    for bytes in BYTES {
        let key = |name: &'static str| bytes(name.as_bytes());
        assert_de_tokens(&beijing, &location_object(&key));
    }
    // Compact formats write the two numbers in order.
    let pair = [
        Token::Tuple { len: 2 },
        Token::F64(beijing.latitude),
        Token::F64(beijing.longitude),
        Token::TupleEnd,
    ];
    assert_de_tokens(&beijing, &pair);
    assert_de_tokens_error::<Location>(
        &[Token::Tuple { len: 1 }, Token::F64(1.0), Token::TupleEnd],
        "invalid length 1, expected a latitude and a longitude in degrees",
    );
    assert_de_tokens_error::<Location>(
        &[
            Token::Tuple { len: 2 },
            Token::F64(-91.0),
            Token::F64(0.0),
            Token::TupleEnd,
        ],
        "invalid value: floating point `-91.0`, expected a latitude from -90 to 90",
    );
}

/// A record of every kind of value the crate deserializes.
#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Record {
    cluster: &'static Cluster,
    by_name: &'static Cluster,
    economy: Economy,
    location: Location,
}

fn record() -> Record {
    Record {
        cluster: by_rank(97).unwrap(),
        by_name: by_rank(22).unwrap(),
        economy: Economy::Switzerland,
        location: beijing().location(),
    }
}

#[test]
fn serde_json_reads_the_same_from_a_str_a_reader_and_a_value() {
    let json = serde_json::to_string(&record()).unwrap();
    // An escaped key or string is never lent by the input.
    let escaped = r#"{"cluster": 97, "by_name": "M\u00fcnchen", "economy": "\u0043H",
        "location": {"l\u0061titude": 39.9075, "longitude": 116.3972}}"#;
    for text in [json.as_str(), escaped] {
        let from_str: Record = serde_json::from_str(text).unwrap();
        let from_slice: Record = serde_json::from_slice(text.as_bytes()).unwrap();
        let from_reader: Record = serde_json::from_reader(text.as_bytes()).unwrap();
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        let from_value: Record = serde_json::from_value(value.clone()).unwrap();
        let from_ref: Record = Record::deserialize(&value).unwrap();
        for read in [from_str, from_slice, from_reader, from_value, from_ref] {
            assert_eq!(read, record(), "{text}");
        }
    }
}

#[test]
fn serde_json_errors_are_the_same_from_a_str_and_a_reader() {
    for bad in [
        r#"{"cluster": {"rank": 4, "rank": 4}, "by_name": 1, "economy": "CH", "location": [0, 0]}"#,
        r#"{"cluster": {"rank": 4, "x": 1}, "by_name": 1, "economy": "CH", "location": [0, 0]}"#,
        r#"{"cluster": 4, "by_name": "Atlantis", "economy": "CH", "location": [0, 0]}"#,
        r#"{"cluster": 4, "by_name": 1, "economy": "XX", "location": [0, 0]}"#,
        r#"{"cluster": 4, "by_name": 1, "economy": "CH", "location": {"latitude": 0}}"#,
    ] {
        // The same message; the column may differ by the reader's lookahead.
        let message = |error: serde_json::Error| {
            let text = error.to_string();
            text.split(" at line ")
                .next()
                .unwrap_or_default()
                .to_owned()
        };
        let from_str = message(serde_json::from_str::<Record>(bad).unwrap_err());
        let from_reader =
            message(serde_json::from_reader::<_, Record>(bad.as_bytes()).unwrap_err());
        assert_eq!(from_str, from_reader, "{bad}");
        // A `Value` keeps one of two equal keys, so a duplicate cannot
        // reach the crate that way.
        let value: serde_json::Value = serde_json::from_str(bad).unwrap();
        if !bad.contains(r#""rank": 4, "rank""#) {
            assert!(serde_json::from_value::<Record>(value).is_err(), "{bad}");
        }
    }
}
