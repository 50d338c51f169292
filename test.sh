#!/usr/bin/env bash
# Builds everything once and runs every test (unit, service, system, browser) against real servers.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
dotnet build QommerceHub.sln --nologo -clp:ErrorsOnly -p:TreatWarningsAsErrors=true
# A test that hangs is stopped after 20 minutes and named, rather than holding the run until CI gives up.
dotnet test QommerceHub.sln --no-build --nologo --results-directory artifacts/test-results \
  --logger "console;verbosity=minimal" --logger "trx" \
  --blame-hang-timeout 20m --blame-hang-dump-type none "$@"
