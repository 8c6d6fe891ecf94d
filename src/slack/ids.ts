/** Every callback, action and block id in one place, so listeners and builders can never drift apart. */
export const Commands = {
  mentorMe: '/mentor-me',
} as const;

export const CallbackIds = {
  welcome: 'mm_welcome',
} as const;

export const ActionIds = {
  noop: 'mm_noop',
} as const;

export const BlockIds = {
  welcomeCommands: 'mm_welcome_commands',
} as const;
