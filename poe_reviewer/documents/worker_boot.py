"""The first module a document worker's fork server imports: the known library warnings are silenced
there too (a worker is a fresh interpreter; the entry point's filters do not reach it), so a library's
import-time warning never reaches the reviewer's terminal."""

from poe_reviewer.third_party import silence_known_warnings

silence_known_warnings()
