/** Every callback, action and block id in one place, so listeners and builders can never drift apart. */
export const Commands = {
  mentorMe: '/mentor-me',
} as const;

export const CallbackIds = {
  welcome: 'mm_welcome',
  selfEvaluation: 'mm_self_eval',
  mentorProfile: 'mm_mentor_profile',
  profile: 'mm_profile',
  primer: 'mm_primer',
  proposal: 'mm_proposal',
  coffee: 'mm_coffee',
  plan: 'mm_plan',
  endPairing: 'mm_end_pairing',
  moveSession: 'mm_move_session',
  checkin: 'mm_checkin',
  agenda: 'mm_agenda',
  journal: 'mm_journal',
} as const;

export const ActionIds = {
  noop: 'mm_noop',
  /** External select that searches the skill catalogue (any block). */
  skillSelect: 'mm_skill_select',
  openSelfEvaluation: 'mm_open_self_eval',
  openMentorProfile: 'mm_open_mentor_profile',
  primerGotIt: 'mm_primer_got_it',
  primerShow: 'mm_primer_show',
  pause: 'mm_pause',
  resume: 'mm_resume',
  openHelp: 'mm_open_help',
  propose: 'mm_propose',
  waitlist: 'mm_waitlist',
  accept: 'mm_accept',
  notNow: 'mm_not_now',
  suggestOther: 'mm_suggest_other',
  pickCoffee: 'mm_pick_coffee',
  verdictContinue: 'mm_verdict_continue',
  verdictNotFit: 'mm_verdict_not_fit',
  openPlan: 'mm_open_plan',
  confirmPlan: 'mm_confirm_plan',
  endPairing: 'mm_end_pairing',
  confirmSession: 'mm_confirm_session',
  prepareAgenda: 'mm_prepare_agenda',
  moveSession: 'mm_move_session',
  skipSession: 'mm_skip_session',
  checkinYes: 'mm_checkin_yes',
  checkinNo: 'mm_checkin_no',
  /** *Export as Markdown* in the learning journal (no value: the clicker's own journal is exported). */
  journalExport: 'mm_journal_export',
  /** Generic element ids inside input blocks (the block id says which field). */
  input: 'mm_input',
} as const;

/** Up to this many skills per modal. */
export const SKILL_SLOTS = 3;

export const BlockIds = {
  welcomeCommands: 'mm_welcome_commands',
  welcomeActions: 'mm_welcome_actions',
  selfEval: {
    skill: (n: number) => `se_skill_${n}`,
    level: (n: number) => `se_level_${n}`,
    goal: (n: number) => `se_goal_${n}`,
    offers: 'se_offers',
    offerNote: 'se_offer_note',
    format: 'se_format',
    length: 'se_length',
    lead: 'se_lead',
    share: 'se_share',
    avoid: 'se_avoid',
  },
  mentor: {
    skill: (n: number) => `mp_skill_${n}`,
    level: (n: number) => `mp_level_${n}`,
    styles: 'mp_styles',
    capacity: 'mp_capacity',
    days: 'mp_days',
    from: 'mp_from',
    to: 'mp_to',
    languages: 'mp_languages',
  },
  proposal: { goals: 'pr_goals', kpis: 'pr_kpis', offers: 'pr_offers', format: 'pr_format', length: 'pr_length' },
  coffee: { date: 'cf_date', time: 'cf_time', length: 'cf_length' },
  plan: { cadence: 'pl_cadence', format: 'pl_format', length: 'pl_length', start: 'pl_start', criteria: 'pl_criteria', kpis: 'pl_kpis' },
  end: { reason: 'en_reason' },
  move: { date: 'mv_date', time: 'mv_time' },
  checkin: { rating: 'ci_rating', learned: 'ci_learned', confidence: 'ci_confidence', feedback: 'ci_feedback' },
  agenda: { intro: 'ag_intro', topics: 'ag_topics', suggested: 'ag_suggested', handsOn: 'ag_hands_on' },
  journal: { actions: 'jr_actions', more: 'jr_more' },
  pairingActions: 'pairing_actions',
  home: {
    actions: 'home_actions',
    paused: 'home_paused',
    primer: 'home_primer',
  },
} as const;
