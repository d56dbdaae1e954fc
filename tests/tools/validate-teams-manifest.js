#!/usr/bin/env node
// Validates a Teams app manifest against the official JSON schema that ships in the npm package
// @microsoft/app-manifest, with that package's own validator (AppManifestUtils.validateAgainstSchema).
//
//   node tests/tools/validate-teams-manifest.js path/to/manifest.json
//
// The schema is the bundled copy of the one the manifest's "$schema" names
// (https://developer.microsoft.com/json-schemas/teams/vX/MicrosoftTeams.schema.json maps to
// build/json-schemas/teams/vX/MicrosoftTeams.schema.json in the package). It is passed to the validator
// explicitly: left to itself, the validator downloads the schema from "$schema", and tests run offline.
//
// Prints one JSON object on stdout: {"valid":true|false,"schema":"<bundled file>","errors":[...]}.
// Exit code: 0 valid, 1 invalid, 2 the check could not run (bad arguments, package not installed,
// "$schema" missing or not an official Teams schema URL, unreadable manifest).
"use strict";

const fs = require("fs");
const path = require("path");

const OFFICIAL_PREFIX = "https://developer.microsoft.com/json-schemas/";
const OFFICIAL_URL = /^https:\/\/developer\.microsoft\.com\/json-schemas\/(teams\/v(?:1\.\d+|DevPreview)\/MicrosoftTeams\.schema\.json)$/;

function fail(message) {
  process.stdout.write(JSON.stringify({ valid: false, errors: [message], setupError: true }) + "\n");
  process.exit(2);
}

async function main() {
  const manifestPath = process.argv[2];
  if (!manifestPath || process.argv.length > 3) {
    fail("usage: node validate-teams-manifest.js MANIFEST.json");
  }

  // This folder's own install (pinned by package-lock.json), never one found further up the tree.
  const packageRoot = path.join(__dirname, "node_modules", "@microsoft", "app-manifest");
  if (!fs.existsSync(path.join(packageRoot, "package.json"))) {
    fail(`@microsoft/app-manifest is not installed in ${__dirname}: run 'npm ci --prefix tests/tools' from the repository root.`);
  }
  let AppManifestUtils;
  try {
    ({ AppManifestUtils } = require(packageRoot));
  } catch (e) {
    fail(`@microsoft/app-manifest could not be loaded (${e.message}); it needs fs-extra installed beside it: run 'npm ci --prefix tests/tools'.`);
  }

  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    fail(`cannot read ${manifestPath} as JSON: ${e.message}`);
  }

  const schemaUrl = manifest && manifest.$schema;
  const match = typeof schemaUrl === "string" ? OFFICIAL_URL.exec(schemaUrl) : null;
  if (!match) {
    fail(`"$schema" must be an official Teams manifest schema URL (${OFFICIAL_PREFIX}teams/vX/MicrosoftTeams.schema.json), got ${JSON.stringify(schemaUrl)}`);
  }
  const schemaFile = path.join(packageRoot, "build", "json-schemas", ...match[1].split("/"));
  if (!fs.existsSync(schemaFile)) {
    fail(`@microsoft/app-manifest ${require(path.join(packageRoot, "package.json")).version} has no bundled schema for ${schemaUrl} (looked for ${schemaFile})`);
  }
  // The same clean-up the package applies to a downloaded schema (an invalid "\a" in a regex of some versions).
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8").replace(/\\a/g, "\\x07"));

  const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  process.stdout.write(JSON.stringify({ valid: errors.length === 0, schema: schemaFile, errors }) + "\n");
  process.exit(errors.length === 0 ? 0 : 1);
}

main().catch((e) => fail(`validation crashed: ${e && e.stack ? e.stack : e}`));
