# What the harness needs before measuring: Debian tools, the application and the reference template, published
# in Release. Publishing takes a minute (static web assets), so each output is reused while its sources are unchanged.

ensure_debian_packages() {
  local need=() cmd pkg
  for cmd in wrk:wrk nginx:nginx jq:jq curl:curl sqlite3:sqlite3 python3:python3; do
    command -v "${cmd%%:*}" > /dev/null 2>&1 || [ -x "/usr/sbin/${cmd%%:*}" ] || need+=("${cmd#*:}")
  done
  if [ "$want_postgres" = true ] && ! ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1; then need+=(postgresql); fi
  [ ${#need[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || die "missing Debian packages: ${need[*]} (install them, or run as root)"
  log "installing ${need[*]} with apt"
  apt-get update -qq > /dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" > /dev/null
  for pkg in "${need[@]}"; do dpkg -s "$pkg" > /dev/null 2>&1 || die "apt could not install $pkg"; done
}

nginx_bin() { command -v nginx 2> /dev/null || echo /usr/sbin/nginx; }

# The sources to measure: the work tree as it is, or a commit extracted with git archive (--app-ref).
prepare_app_sources() {
  if [ -z "$app_ref" ]; then
    app_src="$repo"
    app_commit="$(git -C "$repo" rev-parse --short HEAD)"
    git -C "$repo" diff --quiet HEAD -- src || app_commit="$app_commit-dirty"
    # Keyed on the sources, not on the commit: a commit that touches only bench/ reuses the published output.
    app_stamp="$(git -C "$repo" rev-parse HEAD:src) $( { git -C "$repo" diff HEAD -- src; git -C "$repo" status --porcelain src; } | sha1sum)"
    app_build_key="src-$(git -C "$repo" rev-parse --short HEAD:src)"
    [[ "$app_commit" == *-dirty ]] && app_build_key="$app_build_key-dirty"
    return 0
  fi
  app_commit="$(git -C "$repo" rev-parse --short "$app_ref^{commit}")" || die "unknown git reference $app_ref"
  app_src="$work/sources/$app_commit"
  app_stamp="$(git -C "$repo" rev-parse "$app_ref^{commit}:src") archive"
  app_build_key="src-$(git -C "$repo" rev-parse --short "$app_ref^{commit}:src")"
  if [ ! -f "$app_src/.extracted" ]; then
    log "extracting $app_ref ($app_commit) into $app_src"
    rm -rf "$app_src"; mkdir -p "$app_src"
    git -C "$repo" archive "$app_ref" src Directory.Build.props Directory.Packages.props | tar -x -C "$app_src"
    touch "$app_src/.extracted"
  fi
  # The front-end packages of the work tree serve when the lock file is the same: no second npm ci.
  local web="src/SemaineIndustrie.Web"
  if [ ! -e "$app_src/$web/node_modules" ] && [ -d "$repo/$web/node_modules" ] \
    && cmp -s "$repo/$web/package-lock.json" "$app_src/$web/package-lock.json"; then
    ln -s "$repo/$web/node_modules" "$app_src/$web/node_modules"
  fi
}

# One folder per source tree: a smoke run of the work tree never replaces the build that a longer run of another
# commit is using, and commits that leave src/ alone share one.
publish_app() {
  app_dir="$work/publish/app-$app_build_key"
  if [ -f "$app_dir/.stamp" ] && [ "$(cat "$app_dir/.stamp")" = "$app_stamp" ]; then
    log "application already published for $app_commit"
    return
  fi
  log "publishing the application ($app_commit) in Release"
  rm -rf "$app_dir"
  # For the runtime of this machine, so ReadyToRun (ahead-of-time compiled), as docs/deploy.md publishes it.
  dotnet publish "$app_src/src/SemaineIndustrie.Web" -c Release -r linux-x64 --self-contained false -o "$app_dir" -nologo -v q > "$work/logs/publish-app.log" 2>&1 \
    || { tail -n 30 "$work/logs/publish-app.log" >&2; die "publishing the application failed (log: $work/logs/publish-app.log)"; }
  # DSFR's icons are files, not endpoints (ADR 0013): as endpoints they make every start read an 8.7 MB manifest.
  if grep -q '"Route":"lib/dsfr/icons/' "$app_dir/SemaineIndustrie.Web.staticwebassets.endpoints.json"; then
    die "the published application lists DSFR's icons among its static asset endpoints (see RarelyServedFile in the web project)"
  fi
  echo "$app_stamp" > "$app_dir/.stamp"
}

# The framework's floor: the bare `dotnet new webapp` template, built by the same SDK, run the same way.
publish_template() {
  template_dir="$work/publish/template"
  local sdk src="$work/template-src"
  sdk="$(dotnet --version)"
  if [ -f "$template_dir/.stamp" ] && [ "$(cat "$template_dir/.stamp")" = "$sdk" ]; then
    log "template app already published (SDK $sdk)"
    return
  fi
  log "creating and publishing the bare webapp template (SDK $sdk)"
  rm -rf "$src" "$template_dir"
  # Outside the repository's folders so that its Directory.Build.props and packages do not apply.
  local tmp; tmp="$(mktemp -d)"
  { dotnet new webapp -o "$tmp/TemplateApp" -n TemplateApp --no-https \
      && dotnet publish "$tmp/TemplateApp" -c Release -o "$template_dir" -nologo -v q; } > "$work/logs/publish-template.log" 2>&1 \
    || { rm -rf "$tmp"; tail -n 30 "$work/logs/publish-template.log" >&2; die "publishing the template app failed"; }
  rm -rf "$tmp"
  echo "$sdk" > "$template_dir/.stamp"
}
