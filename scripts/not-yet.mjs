// Placeholder for npm scripts whose feature has not landed yet; see the open issues.
console.error(`"npm run ${process.argv[2]}" is not yet available in this version of Tracker Sync.`)
process.exit(1)
