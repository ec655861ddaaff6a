// SPDX-License-Identifier: GPL-3.0-or-later
// UAPKI's side of the comparison (tests/bench/uapki/compare.sh): verifies a CMS/CAdES signature
// ROUNDS times through UAPKI's JSON interface (process()), offline, and prints verifications per
// second for each validation type it is asked for.
//   uapki_verify CERT_DIR SIGNATURE ROUNDS TYPE...   (TYPE: STRUCT, CHAIN or FULL)
// CERT_DIR holds the trusted root and the CA (DER); UAPKI keeps its certificate cache there.
#include "uapki-export.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::string base64(const std::string &bytes)
{
    static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8 | (unsigned char)bytes[i + 2];
        out += {table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63], table[v & 63]};
    }
    if (i + 1 == bytes.size()) {
        const unsigned v = (unsigned char)bytes[i] << 16;
        out += {table[v >> 18], table[(v >> 12) & 63], '=', '='};
    } else if (i + 2 == bytes.size()) {
        const unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8;
        out += {table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63], '='};
    }
    return out;
}

std::string readFile(const char *path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string call(const std::string &request)
{
    char *answer = process(request.c_str());
    std::string out = answer ? answer : "";
    json_free(answer);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: %s CERT_DIR SIGNATURE ROUNDS TYPE...\n", argv[0]);
        return 2;
    }
    const std::string dir = argv[1];
    const std::string init = call("{\"method\":\"INIT\",\"parameters\":{\"certCache\":{\"path\":\"" + dir
                                  + "/\"},\"crlCache\":{\"path\":\"" + dir + "/crls/\"},\"offline\":true}}");
    if (init.find("\"errorCode\":0") == std::string::npos) {
        std::fprintf(stderr, "INIT: %s\n", init.c_str());
        return 1;
    }
    const std::string signature = base64(readFile(argv[2]));
    const int rounds = std::atoi(argv[3]);
    for (int t = 4; t < argc; ++t) {
        const std::string request = std::string("{\"method\":\"VERIFY\",\"parameters\":{\"signature\":{\"bytes\":\"") + signature
            + "\"},\"options\":{\"validationType\":\"" + argv[t] + "\"}}}";
        const std::string first = call(request);
        // The signature must hold for UAPKI too, or there is nothing to compare.
        if (first.find("\"errorCode\":0") == std::string::npos || first.find("\"validSignatures\":true") == std::string::npos) {
            std::fprintf(stderr, "VERIFY %s: %s\n", argv[t], first.c_str());
            return 1;
        }
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < rounds; ++i)
            call(request);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        std::printf("UAPKI VERIFY %s: %d verifications in %.0f ms = %.0f /s\n", argv[t], rounds, ms, rounds * 1000.0 / ms);
    }
    call("{\"method\":\"DEINIT\"}");
    return 0;
}
