// An example institution. Secrets come from the environment of whoever deploys, never from this file:
//   export COACHBOT_PG_PASSWORD=... COACHBOT_LOG_HASH_KEY=$(openssl rand -base64 32)
//   export COACHBOT_SLACK_BOT_TOKEN=xoxb-... COACHBOT_SLACK_SIGNING_SECRET=...   (optional)
//   az deployment group create -g coachbot-contoso -f deploy/azure/main.bicep -p deploy/azure/main.bicepparam
using 'main.bicep'

param institution = 'contoso'
param careerOfficeName = 'Contoso University Career Center'
param counselingContact = 'Contoso Counseling Services, 555-0100 (24/7)'
param bookingUrl = 'https://careers.contoso.edu/book'
param emergencyNumber = '911'
param defaultTimeZone = 'America/Chicago'
param registryName = 'contosoacr'
param containerImage = 'contosoacr.azurecr.io/coachbot:1.0.0'
param minReplicas = 2
param maxReplicas = 4
param backupRetentionDays = 7
param postgresAdminPassword = readEnvironmentVariable('COACHBOT_PG_PASSWORD')
param logHashKey = readEnvironmentVariable('COACHBOT_LOG_HASH_KEY')
param slackBotToken = readEnvironmentVariable('COACHBOT_SLACK_BOT_TOKEN', '')
param slackSigningSecret = readEnvironmentVariable('COACHBOT_SLACK_SIGNING_SECRET', '')
