import Testing

@testable import Support

/// SHA-256 against the FIPS 180-4 examples (NIST's "abc", the empty message, the 448-bit
/// message and one million 'a').
@Suite struct SHA256Tests {
  @Test(arguments: [
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func nistVectors(_ message: String, _ digest: String) {
    #expect(SHA256.hex(Array(message.utf8)) == digest)
  }

  @Test func oneMillionA() {
    var hash = SHA256()
    let chunk = [UInt8](repeating: 0x61, count: 1000)
    for _ in 0..<1000 { hash.update(chunk) }
    #expect(
      SHA256.hexString(hash.finalize())
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Lengths around the padding boundaries (55, 56, 64 bytes) give the digest of the same bytes
  /// fed in one piece or one byte at a time, and finalize leaves the hash usable.
  @Test(arguments: [55, 56, 63, 64, 65, 119, 120])
  func incrementalEqualsWhole(_ length: Int) {
    let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    var pieces = SHA256()
    for byte in bytes { pieces.update([byte]) }
    #expect(SHA256.hexString(pieces.finalize()) == SHA256.hex(bytes))
    #expect(SHA256.hexString(pieces.finalize()) == SHA256.hex(bytes))
  }

  @Test func digestShape() {
    #expect(SHA256.isDigest(SHA256.hex([])))
    #expect(!SHA256.isDigest(SHA256.hex([]).uppercased()))
    #expect(!SHA256.isDigest("abc"))
  }
}
