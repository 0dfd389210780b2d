"use client";

import { createContext, useContext } from "react";

/** A desk member the comment box offers after "@". */
export type MentionMember = { id: string; displayName: string; email: string };

const MentionMembersContext = createContext<MentionMember[]>([]);

/** Gives every comment box under it the desk's active members, loaded once for the page. */
export function MentionMembers({
  members,
  children,
}: {
  members: MentionMember[];
  children: React.ReactNode;
}) {
  return (
    <MentionMembersContext.Provider value={members}>{children}</MentionMembersContext.Provider>
  );
}

export function useMentionMembers(): MentionMember[] {
  return useContext(MentionMembersContext);
}
