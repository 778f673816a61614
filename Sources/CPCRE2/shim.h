#ifndef SPECQL_CPCRE2_SHIM_H
#define SPECQL_CPCRE2_SHIM_H
/* Only the 8-bit library: Swift sees pcre2_compile_8, pcre2_match_8, ... */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#endif
