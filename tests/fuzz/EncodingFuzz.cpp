// libFuzzer target for the encoding detector: for every input, either a refusal (the detector
// found no encoding, or the encoding it chose cannot read every byte) or a decoding whose
// re-encoding in the chosen encoding gives back exactly the input bytes. Nothing is ever read
// as mojibake that cannot be undone. Build and run as tests/fuzz/README.md says:
//   build-fuzz/tests/encoding_fuzz -max_total_time=60 -max_len=4096 /tmp/corpus
#include "io/DecodedText.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const sc::DecodedText decoded = sc::DecodedText::decode(bytes);
    if (decoded.refused() || !decoded.badBytes().isEmpty())
        return 0;
    if (decoded.reencoded() != bytes) {
        std::fprintf(stderr, "read as %s, but does not write back to its bytes\n",
                     decoded.encoding().toUtf8().constData());
        std::abort();
    }
    return 0;
}
