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
	rm -rf build build-sanitize

# The benchmark: optimised binaries in build-release/, then for each size a
# generated store and the table of scripts/bench/run.
#   make bench BENCH_SIZES=1000
BENCH_SIZES ?= 1000 10000 100000

.PHONY: bench
bench: deps
	cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release
	cmake --build build-release -j $(JOBS)
	./scripts/bench/run --bin build-release/tools --sizes $(BENCH_SIZES)
