#ifndef SPECQL_CYAML_SHIM_H
#define SPECQL_CYAML_SHIM_H
#include <yaml.h>
#endif
