#!/usr/bin/env bash
# Runs the whole system locally under the .NET Aspire AppHost: PostgreSQL, RabbitMQ and maildev as local processes,
# every service and the gateway. Prints resource states and, once all are healthy, the gateway and dashboard URLs;
# service logs, traces and metrics are in the dashboard (http://localhost:18888). Ctrl+C or SIGTERM stops everything.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
exec dotnet run --project AppHost -- "$@"
