// tsconfig.web.json maps Node built-ins, electron, better-sqlite3, the keyring and react-pdf to this empty module.
// If the type checker sends you here ("has no exported member" / "has no default export"), a renderer file
// imported main-process code. The renderer talks to main only through window.api (see shared/api).
export {}
