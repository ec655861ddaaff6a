# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings, sanitizers and hardening, modelled on KeePassXC's build.
add_library(kopii_compile_options INTERFACE)
target_compile_options(kopii_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(kopii_compile_options INTERFACE -Wshadow=local)
endif()
if(KOPII_WERROR)
    target_compile_options(kopii_compile_options INTERFACE -Werror)
endif()

if(KOPII_SANITIZERS)
    target_compile_options(kopii_compile_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(kopii_compile_options INTERFACE -fsanitize=address,undefined)
endif()

if(KOPII_FUZZ)
    # Coverage for libFuzzer in every library a target links; the targets add -fsanitize=fuzzer.
    target_compile_options(kopii_compile_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

if(KOPII_HARDENING)
    target_compile_definitions(kopii_compile_options INTERFACE _FORTIFY_SOURCE=2 _GLIBCXX_ASSERTIONS)
    target_compile_options(kopii_compile_options INTERFACE
        -fstack-protector-strong -fstack-clash-protection -fcf-protection=full
        -fno-strict-overflow -fno-delete-null-pointer-checks)
    target_link_options(kopii_compile_options INTERFACE
        -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--as-needed)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
endif()
