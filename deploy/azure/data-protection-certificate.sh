#!/usr/bin/env bash
# Run by main.bicep's deployment script (Azure CLI image): creates the Data Protection certificate in Key
# Vault when it does not exist yet, and leaves an existing one alone (a new one could not unwrap the keys
# the old one wrapped). VAULT, CERTIFICATE and POLICY (the policy as JSON) come from the template.
set -euo pipefail

# The role assignment that allows this may take a minute or two to reach Key Vault.
for attempt in $(seq 1 20); do
  if az keyvault certificate list --vault-name "$VAULT" --maxresults 1 >/dev/null 2>&1; then
    break
  fi
  if [[ "$attempt" == 20 ]]; then
    echo "Key Vault $VAULT still refuses this identity's certificate requests" >&2
    exit 1
  fi
  sleep 15
done

if az keyvault certificate show --vault-name "$VAULT" --name "$CERTIFICATE" >/dev/null 2>&1; then
  echo "Certificate $CERTIFICATE exists in $VAULT; kept."
else
  az keyvault certificate create --vault-name "$VAULT" --name "$CERTIFICATE" --policy "$POLICY" >/dev/null
  echo "Certificate $CERTIFICATE created in $VAULT."
fi
