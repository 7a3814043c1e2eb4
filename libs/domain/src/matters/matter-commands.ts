import type {
  AcknowledgeCommand,
  CancelCommand,
  ContributeCommand,
  DecideExtensionCommand,
  DeclineCommand,
  InstructCommand,
  UrgeCommand,
  ProgressCommand,
  ReassignLeadCommand,
  RejectDeclineCommand,
  RequestExtensionCommand,
  RerouteCommand,
  ReturnCommand,
  SubmitCompletionCommand,
  VerifyCommand,
} from '@app/contracts';

// Command name → its argument, one entry per Workflow Update that changes a matter.
export interface MatterCommandMap {
  acknowledge: AcknowledgeCommand;
  decline: DeclineCommand;
  reroute: RerouteCommand;
  rejectDecline: RejectDeclineCommand;
  reportProgress: ProgressCommand;
  contribute: ContributeCommand;
  submitCompletion: SubmitCompletionCommand;
  verify: VerifyCommand;
  returnForRework: ReturnCommand;
  cancel: CancelCommand;
  requestExtension: RequestExtensionCommand;
  decideExtension: DecideExtensionCommand;
  reassignLead: ReassignLeadCommand;
  instruct: InstructCommand;
  urge: UrgeCommand;
}

export type MatterCommandName = keyof MatterCommandMap;
