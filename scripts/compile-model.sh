#!/usr/bin/env bash
# Generates EF Core's compiled model of AppDbContext for each provider, into its migrations assembly
# (src/SemaineIndustrie.Migrations.*/CompiledModel). Run it after changing an entity or AppDbContext's configuration,
# next to `dotnet ef migrations add`: CompiledModelTests fails until it is run (ADR 0018).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore > /dev/null
for provider in Sqlite Postgres; do
  project="src/SemaineIndustrie.Migrations.$provider"
  rm -rf "$project/CompiledModel"
  dotnet ef dbcontext optimize --project "$project" --startup-project "$project" \
    --output-dir CompiledModel --namespace "SemaineIndustrie.Migrations.$provider.CompiledModel" > /dev/null
  echo "$project/CompiledModel: $(ls "$project/CompiledModel" | wc -l) files"
done
