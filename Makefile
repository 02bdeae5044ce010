# The two commands of the quick start. Each installs what is missing,
# configures and builds, then runs the demo or every test.
#   make demo            the main job on the demo store in records/
#   make test            every test (SANITIZE=1: under ASan and UBSan)
SANITIZE ?= 0
ifeq ($(SANITIZE),1)
BUILD ?= build-sanitize
CMAKE_FLAGS = -DCMAKE_BUILD_TYPE=Debug -DPARENTDESK_SANITIZE=ON -DPARENTDESK_WERROR=ON
else
BUILD ?= build
CMAKE_FLAGS = -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARENTDESK_WERROR=ON
endif
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# The demo store's reference date: the demo shows the same thing on any day.
DEMO_TODAY ?= 2026-11-24

.PHONY: all deps build test demo format pot clean

all: build

deps:
	@./scripts/install-deps

build: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)

test: build
	@./scripts/install-deps --tests
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The demo builds only the four commands, quietly: the build's log is shown
# only when it fails.
demo: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) > $(BUILD).log 2>&1 && \
	  cmake --build $(BUILD) -j $(JOBS) --target appeal book minutes report >> $(BUILD).log 2>&1 || \
	  { cat $(BUILD).log; exit 1; }
	@echo "== report overdue --due-soon: what cron mails the coordinator every morning"
	@$(BUILD)/tools/report overdue --due-soon --store records --today $(DEMO_TODAY)
	@echo
	@echo "== appeal list: the open appeals, by due date"
	@$(BUILD)/tools/appeal list --store records --today $(DEMO_TODAY)
	@echo
	@echo "== book visitors --date 2026-11-26: the security desk's list for Thursday"
	@$(BUILD)/tools/book visitors --date 2026-11-26 --store records --today $(DEMO_TODAY)
	@echo
	@echo "== report compliance: the plan of periodic work this term"
	@$(BUILD)/tools/report compliance --store records --today $(DEMO_TODAY) | head -12
	@echo
	@echo "== report check: the whole store is valid"
	@$(BUILD)/tools/report check --store records --today $(DEMO_TODAY)

# The message template po/parentdesk.pot from the sources, merged into po/*.po.
pot:
	./scripts/update-po

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf build build-sanitize build-fuzz

# The benchmark: optimised binaries in build-release/, then for each size a
# generated store and the table of scripts/bench/run.
#   make bench BENCH_SIZES=1000
BENCH_SIZES ?= 1000 10000 100000

.PHONY: bench
bench: deps
	cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release
	cmake --build build-release -j $(JOBS)
	./scripts/bench/run --bin build-release/tools --sizes $(BENCH_SIZES)

# The harnesses of issue 13 (README, "Reliability"); `make test` runs each
# briefly.
#   make faults              ENOSPC, EIO, EACCES at each step of every mutating command
#   make corpus              the bad input corpus (tests/corpus/cases.py)
#   make fuzz FUZZ_SECONDS=60  each libFuzzer target, built with clang in build-fuzz/
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
HARNESS_ENV = PARENTDESK_BIN=$(CURDIR)/$(BUILD)/tools PARENTDESK_SOURCE=$(CURDIR) PYTHONDONTWRITEBYTECODE=1

.PHONY: faults corpus fuzz fuzz-build
faults: build
	$(HARNESS_ENV) python3 tests/fault/run_faults.py --inject $(BUILD)/tests/fault/libfault_inject.so

corpus: build
	$(HARNESS_ENV) python3 tests/corpus/run_corpus.py

fuzz-build: deps
	./tests/fuzz/build-fuzz $(FUZZ_BUILD) $(JOBS)

fuzz: fuzz-build
	python3 tests/fuzz/run_fuzz.py --bin $(FUZZ_BUILD)/tests/fuzz --seconds $(FUZZ_SECONDS)

# The crash and concurrency harnesses of tests/stress (README, "Reliability"),
# long; `make test` runs each for a few seconds.
#   make stress STRESS_KILLS=700 STRESS_WRITERS=8 STRESS_OPS=250
STRESS_KILLS ?= 700
STRESS_WRITERS ?= 8
STRESS_OPS ?= 250

.PHONY: stress stress-brief
stress: build
	/usr/bin/python3 tests/stress/crash.py --bin $(BUILD)/tools --kills $(STRESS_KILLS)
	/usr/bin/python3 tests/stress/concurrency.py --bin $(BUILD)/tools \
	  --writers $(STRESS_WRITERS) --ops $(STRESS_OPS)

stress-brief: build
	ctest --test-dir $(BUILD) -R '^stress_' --output-on-failure
