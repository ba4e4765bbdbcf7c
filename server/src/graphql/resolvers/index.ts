import type { Resolvers } from '../generated/resolvers.js';
import { DateScalar } from '../scalars.js';
import { DataVersion } from './DataVersion.js';
import { Goal } from './Goal.js';
import { IndicatorDefinition } from './IndicatorDefinition.js';
import { Note } from './Note.js';
import { Passkey } from './Passkey.js';
import { CaseloadSnapshot } from './CaseloadSnapshot.js';
import { ContributionYear } from './ContributionYear.js';
import { DomainCaseCount } from './DomainCaseCount.js';
import { Municipality } from './Municipality.js';
import { Mutation } from './Mutation.js';
import { MunicipalityCaseCount } from './MunicipalityCaseCount.js';
import { Population } from './Population.js';
import { Query } from './Query.js';
import { Region } from './Region.js';
import { CapacityFigure, FundingSource, KnowledgeDomain } from './sourced.js';
import { Session } from './Session.js';
import { Signal, SignalShortfall } from './Signal.js';
import { Source } from './Source.js';
import { Theme } from './Theme.js';
import { User } from './User.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  User,
  Session,
  Passkey,
  DataVersion,
  Goal,
  Note,
  Region,
  Municipality,
  Population,
  CaseloadSnapshot,
  MunicipalityCaseCount,
  DomainCaseCount,
  ContributionYear,
  KnowledgeDomain,
  FundingSource,
  CapacityFigure,
  Source,
  Theme,
  Signal,
  SignalShortfall,
  IndicatorDefinition,
};
