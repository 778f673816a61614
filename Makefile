# specql-deploy — every target installs what it needs first (Debian, as root or with sudo).
#   make run     build and run the main job on the bundled example (validate, generate, lint)
#   make test    build and run the whole test suite, with the validators it uses (incl. the pre-commit hook test)
#   make bench   release build, lint the real-world corpus, compare with peer tools in the same run

SWIFT ?= swift
EXAMPLE ?= examples/hobby-fraiseql.yaml
OUT ?= generated
BIN_DEBUG := .build/debug/specql-deploy
BIN_RELEASE := .build/release/specql-deploy
CORPUS ?= ../shared/corpus

.PHONY: all deps deps-test deps-bench build release run test bench rule-catalog golden clean-generated

all: build

deps:
	bash scripts/install-deps.sh --build-only

deps-test:
	bash scripts/install-deps.sh --validators

deps-bench:
	bash scripts/install-deps.sh --peers

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: build
	bash scripts/run-example.sh $(BIN_DEBUG) $(EXAMPLE) $(OUT)

test: deps-test
	$(SWIFT) build --build-tests
	SPECQL_INTEGRATION=1 $(SWIFT) test

bench: deps-bench release
	bash scripts/bench.sh $(BIN_RELEASE) $(CORPUS)

# Re-embed Rules/**/*.md into the binary's rule catalog after editing a rule's doc.
rule-catalog:
	UPDATE_RULE_CATALOG=1 $(SWIFT) test --filter RuleCatalog

# Refresh the golden snapshots of generated trees after an intended change to the generator.
golden:
	UPDATE_GOLDEN=1 $(SWIFT) test --filter Golden

clean-generated:
	rm -rf $(OUT)
