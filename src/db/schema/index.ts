export * from './workspaces';
export * from './members';
export * from './skills';
export * from './profiles';
export * from './pairings';
export * from './sessions';
