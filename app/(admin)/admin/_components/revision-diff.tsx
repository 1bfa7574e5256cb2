// Shared with the public corrections log: the component lives in components/.
export { RevisionDiff } from "@/components/revision-diff";
