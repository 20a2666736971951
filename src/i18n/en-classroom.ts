/** English strings for classroom (keys prefixed "classroom."). Spread into the English dictionary in en.ts. */
export const enClassroom = {} as const;
