export * from './workspaces';
export * from './members';
