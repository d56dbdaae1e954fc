// CoachBot on Azure: one resource group with everything a career office needs.
//
//   Azure Bot (Teams channel) ─► Container Apps (2+ replicas, TLS at the ingress) ─► PostgreSQL flexible server
//                                      │  user-assigned managed identity: the bot's identity, Key Vault, Azure OpenAI
//                                      ├─► Azure OpenAI (one model deployment, Entra ID only)
//                                      ├─► Key Vault (connection string, Slack secrets, log hash key, Data Protection certificate)
//                                      └─► Application Insights (OpenTelemetry traces and metrics)
//
// Build offline: bicep build deploy/azure/main.bicep (tests/CoachBot.IntegrationTests/Deployment runs it).
// Deploy: az deployment group create -g <group> -f deploy/azure/main.bicep -p deploy/azure/main.bicepparam
targetScope = 'resourceGroup'

// ── The institution ─────────────────────────────────────────────────────────────────────────────────
@description('A short lowercase name for the institution, used in every resource name (e.g. "contoso").')
@minLength(3)
@maxLength(12)
param institution string

@description('Where everything runs. Azure OpenAI and PostgreSQL must be offered in this region.')
param location string = resourceGroup().location

@description('The career office that runs CoachBot, named in the welcome and the counselor offer.')
param careerOfficeName string

@description('The institution\'s counseling service, shown in help and in every crisis hand-off, e.g. "the Counseling Center, 555-0100 (24/7)".')
param counselingContact string

@description('Where students book a career counselor.')
param bookingUrl string = ''

@description('The number to call in immediate danger, named in every hand-off.')
param emergencyNumber string = '911'

@description('The IANA time zone used when a channel does not give the person\'s own.')
param defaultTimeZone string = 'America/New_York'

@description('The name students see in Teams and in Azure Bot Service.')
param botDisplayName string = 'CoachBot'

// ── The application ─────────────────────────────────────────────────────────────────────────────────
@description('The CoachBot image (built from deploy/Dockerfile), e.g. "contosoacr.azurecr.io/coachbot:1.0.0".')
param containerImage string

@description('An Azure Container Registry in this resource group that holds the image (az acr build); empty for a public image.')
param registryName string = ''

@description('Replicas that always run: two, so one can restart or fail without anyone noticing.')
@minValue(2)
param minReplicas int = 2

@description('Replicas at most, added when many people write at once.')
param maxReplicas int = 4

@description('vCPU per replica (Container Apps consumption: 0.25 to 4, with memory = 2 GiB per vCPU).')
param replicaCpu string = '1.0'

@description('Memory per replica.')
param replicaMemory string = '2Gi'

// ── Data ────────────────────────────────────────────────────────────────────────────────────────────
@description('PostgreSQL administrator login; CoachBot connects with it.')
param postgresAdminLogin string = 'coachbot'

@description('PostgreSQL administrator password (kept in Key Vault; never in an app setting).')
@secure()
param postgresAdminPassword string

@description('PostgreSQL compute: Burstable B1ms serves a campus; General Purpose D2ds_v5 several.')
param postgresSku string = 'Standard_B1ms'

@description('PostgreSQL tier matching the SKU: Burstable, GeneralPurpose or MemoryOptimized.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresTier string = 'Burstable'

@description('Days of point-in-time-restore backups (7 to 35). Erased data stays in backups this long: keep it short (see README, Deploying to Azure).')
@minValue(7)
@maxValue(35)
param backupRetentionDays int = 7

// ── The model ───────────────────────────────────────────────────────────────────────────────────────
@description('The Azure OpenAI model to deploy.')
param openAiModel string = 'gpt-4o-mini'

@description('Its version.')
param openAiModelVersion string = '2024-07-18'

@description('Its capacity, in thousands of tokens per minute.')
param openAiCapacity int = 50

// ── Secrets (optional ones may be left empty) ───────────────────────────────────────────────────────
@description('A base64 key of at least 32 bytes that hashes user ids in logs (openssl rand -base64 32).')
@secure()
param logHashKey string

@description('The Slack app\'s bot token (xoxb-…), if students use Slack; empty: no Slack.')
@secure()
param slackBotToken string = ''

@description('The Slack app\'s signing secret, with the token.')
@secure()
param slackSigningSecret string = ''

@description('The Key Vault certificate that encrypts the web chat\'s Data Protection keys at rest; created (self-signed) when missing.')
param dataProtectionCertificateName string = 'coachbot-data-protection'

var name = 'coachbot-${institution}'
var suffix = uniqueString(resourceGroup().id, institution)
var slack = !empty(slackBotToken)
var databaseName = 'coachbot'

// Built-in role definitions.
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultCertificatesOfficer = 'a4417e6f-fecd-4de8-b567-7b0420556985'
var cognitiveServicesOpenAiUser = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'
var acrPull = '7f951dda-4ed3-4680-a7ca-43fe172d538d'
var privateRegistry = !empty(registryName)

// ── Identity: the bot's, and the app's way into Key Vault and Azure OpenAI ─────────────────────────
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = if (privateRegistry) {
  name: registryName
}

resource registryPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (privateRegistry) {
  name: guid(resourceGroup().id, registryName, identity.id, acrPull)
  scope: registry
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPull)
  }
}

// ── Monitoring ──────────────────────────────────────────────────────────────────────────────────────
resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-ai'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    RetentionInDays: 30
  }
}

// ── Key Vault: every secret the app reads ──────────────────────────────────────────────────────────
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('kv${replace(institution, '-', '')}${suffix}', 24)
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource vaultReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

resource postgresSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'postgres-connection-string'
  properties: {
    value: 'Host=${postgres.properties.fullyQualifiedDomainName};Database=${databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=VerifyFull'
  }
}

resource logHashSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'log-hash-key'
  properties: {
    value: logHashKey
  }
}

resource slackTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (slack) {
  parent: vault
  name: 'slack-bot-token'
  properties: {
    value: slackBotToken
  }
}

resource slackSigningSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (slack) {
  parent: vault
  name: 'slack-signing-secret'
  properties: {
    value: slackSigningSecret
  }
}

// ── The Data Protection certificate: it wraps each key of the web chat's key ring before it is stored ──
// ARM cannot create a Key Vault certificate (a data-plane object), so a deployment script does, once, with an
// identity of its own that may manage certificates; the app's identity may only read secrets. The key pair
// is reused on renewal, but Data Protection finds its certificate by thumbprint, so a renewed certificate
// cannot unwrap keys wrapped by the old one: no auto-renewal, ten years, a reminder 90 days before.
resource deployer 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-deploy-id'
  location: location
}

resource deployerCertificates 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, deployer.id, keyVaultCertificatesOfficer)
  scope: vault
  properties: {
    principalId: deployer.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultCertificatesOfficer)
  }
}

var dataProtectionCertificatePolicy = {
  issuerParameters: {
    name: 'Self'
  }
  keyProperties: {
    exportable: true
    keyType: 'RSA'
    keySize: 3072
    reuseKey: true
  }
  secretProperties: {
    contentType: 'application/x-pkcs12'
  }
  x509CertificateProperties: {
    subject: 'CN=CoachBot Data Protection (${institution})'
    validityInMonths: 120
    keyUsage: [
      'keyEncipherment'
      'dataEncipherment'
    ]
  }
  lifetimeActions: [
    {
      trigger: {
        daysBeforeExpiry: 90
      }
      action: {
        actionType: 'EmailContacts'
      }
    }
  ]
}

resource dataProtectionCertificate 'Microsoft.Resources/deploymentScripts@2023-08-01' = {
  name: '${name}-data-protection-certificate'
  location: location
  kind: 'AzureCLI'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${deployer.id}': {}
    }
  }
  properties: {
    azCliVersion: '2.67.0'
    timeout: 'PT15M'
    retentionInterval: 'PT1H'
    cleanupPreference: 'OnSuccess'
    environmentVariables: [
      { name: 'VAULT', value: vault.name }
      { name: 'CERTIFICATE', value: dataProtectionCertificateName }
      { name: 'POLICY', value: string(dataProtectionCertificatePolicy) }
    ]
    scriptContent: loadTextContent('data-protection-certificate.sh')
  }
  dependsOn: [
    deployerCertificates
  ]
}

// ── PostgreSQL: the documents, the nudge leases, Slack installations and the Data Protection keys ──
resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${name}-pg-${suffix}'
  location: location
  sku: {
    name: postgresSku
    tier: postgresTier
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: backupRetentionDays
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// Container Apps' outbound addresses are Azure's: the rule 0.0.0.0 admits Azure services only. TLS is required by the server.
resource postgresFromAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

// ── Azure OpenAI: one deployment, reached with the managed identity only ───────────────────────────
resource openAi 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: '${name}-oai-${suffix}'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: '${name}-oai-${suffix}'
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource modelDeployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: openAi
  name: openAiModel
  sku: {
    name: 'GlobalStandard'
    capacity: openAiCapacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: openAiModel
      version: openAiModelVersion
    }
  }
}

resource openAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(openAi.id, identity.id, cognitiveServicesOpenAiUser)
  scope: openAi
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesOpenAiUser)
  }
}

// ── Container Apps: CoachBot itself ─────────────────────────────────────────────────────────────────
resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${name}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

var keyVaultSecrets = concat(
  [
    {
      name: 'postgres-connection-string'
      keyVaultUrl: postgresSecret.properties.secretUri
      identity: identity.id
    }
    {
      name: 'log-hash-key'
      keyVaultUrl: logHashSecret.properties.secretUri
      identity: identity.id
    }
    // The certificate's secret: its PFX with the private key, base64-encoded, versionless (the current version).
    {
      name: 'data-protection-certificate'
      keyVaultUrl: '${vault.properties.vaultUri}secrets/${dataProtectionCertificateName}'
      identity: identity.id
    }
  ],
  slack
    ? [
        {
          name: 'slack-bot-token'
          keyVaultUrl: slackTokenSecret!.properties.secretUri
          identity: identity.id
        }
        {
          name: 'slack-signing-secret'
          keyVaultUrl: slackSigningSecretSecret!.properties.secretUri
          identity: identity.id
        }
      ]
    : []
)

var settings = concat(
  [
    // The bot's identity is the managed identity: no password anywhere.
    { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
    { name: 'MicrosoftAppId', value: identity.properties.clientId }
    { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
    // DefaultAzureCredential (Azure OpenAI) picks the same identity.
    { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
    { name: 'CoachBot__Storage__Provider', value: 'Postgres' }
    { name: 'CoachBot__Storage__Postgres__ConnectionString', secretRef: 'postgres-connection-string' }
    { name: 'CoachBot__Privacy__LogHashKey', secretRef: 'log-hash-key' }
    // The certificate's secret, mounted as a file (base64 text, which CoachBot reads as well as a .pfx).
    { name: 'CoachBot__DataProtection__CertificatePath', value: '${dataProtectionMount}/${dataProtectionFile}' }
    { name: 'CoachBot__Llm__Provider', value: 'AzureOpenAI' }
    { name: 'CoachBot__Llm__Endpoint', value: openAi.properties.endpoint }
    { name: 'CoachBot__Llm__Model', value: modelDeployment.name }
    { name: 'CoachBot__Llm__UseEntraId', value: 'true' }
    // Every activity comes from Azure Bot Service's few addresses: the per-address limit would throttle everyone.
    { name: 'CoachBot__RateLimits__ClientBurst', value: '0' }
    { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
    { name: 'CoachBot__Telemetry__ServiceName', value: name }
    { name: 'CoachBot__Organizations__Default__CareerOfficeName', value: careerOfficeName }
    { name: 'CoachBot__Organizations__Default__CounselingContact', value: counselingContact }
    { name: 'CoachBot__Organizations__Default__BookingUrl', value: bookingUrl }
    { name: 'CoachBot__Organizations__Default__EmergencyNumber', value: emergencyNumber }
    { name: 'CoachBot__Organizations__Default__DefaultTimeZone', value: defaultTimeZone }
  ],
  slack
    ? [
        { name: 'CoachBot__Slack__BotToken', secretRef: 'slack-bot-token' }
        { name: 'CoachBot__Slack__SigningSecret', secretRef: 'slack-signing-secret' }
      ]
    : []
)

var dataProtectionMount = '/mnt/data-protection'
var dataProtectionFile = 'certificate.pfx'

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: name
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      // HTTPS only, with a managed certificate on the app's own *.azurecontainerapps.io name.
      ingress: {
        external: true
        targetPort: 8080
        transport: 'auto'
        allowInsecure: false
      }
      secrets: keyVaultSecrets
      // The image is pulled with the managed identity: no registry password.
      registries: privateRegistry
        ? [
            {
              server: registry!.properties.loginServer
              identity: identity.id
            }
          ]
        : []
    }
    template: {
      containers: [
        {
          name: 'coachbot'
          image: containerImage
          resources: {
            cpu: json(replicaCpu)
            memory: replicaMemory
          }
          env: settings
          volumeMounts: [
            {
              volumeName: 'data-protection'
              mountPath: dataProtectionMount
            }
          ]
          probes: [
            {
              type: 'Liveness'
              httpGet: {
                path: '/healthz/live'
                port: 8080
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/healthz/ready'
                port: 8080
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Startup'
              httpGet: {
                path: '/healthz/live'
                port: 8080
              }
              periodSeconds: 2
              failureThreshold: 30
            }
          ]
        }
      ]
      volumes: [
        {
          name: 'data-protection'
          storageType: 'Secret'
          secrets: [
            {
              secretRef: 'data-protection-certificate'
              path: dataProtectionFile
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'concurrent-requests'
            http: {
              metadata: {
                concurrentRequests: '50'
              }
            }
          }
        ]
      }
    }
  }
  dependsOn: [
    vaultReader
    registryPull
    openAiUser
    database
    postgresFromAzure
    dataProtectionCertificate
  ]
}

// ── Azure Bot: Teams reaches the app through it, authenticated as the managed identity ─────────────
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  // F0: Teams is a standard channel, free and unmetered; Slack talks to CoachBot directly, not through Azure Bot.
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${app.properties.configuration.ingress.fqdn}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: identity.id
    disableLocalAuth: true
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The bot\'s public address: Azure Bot\'s messaging endpoint is {url}/api/messages; Slack\'s events go to {url}/api/slack/events.')
output url string = 'https://${app.properties.configuration.ingress.fqdn}'

@description('The bot\'s app id: botId and webApplicationInfo.id in the Teams manifest.')
output botAppId string = identity.properties.clientId

@description('The Key Vault holding the app\'s secrets.')
output keyVaultName string = vault.name

@description('The PostgreSQL server\'s host name.')
output postgresHost string = postgres.properties.fullyQualifiedDomainName
