/** English text of a survey run's comparisons, downloads and retention. */
export const enSurveyResults = {
  'surveyResults.downloads': 'Downloads',
  'surveyResults.report': 'Results report (Word)',
  'surveyResults.scoresWorkbook': 'Scores (Excel)',
  'surveyResults.answersXlsx': 'Anonymised answers and codebook (Excel)',
  'surveyResults.answersCsv': 'Anonymised answers (CSV)',
  'surveyResults.codebookCsv': 'Codebook (CSV)',
  'surveyResults.answersNote':
    'Answers carry no respondent names; phone numbers and e-mail addresses in free text are masked. Every download is recorded in the audit log.',
  'surveyResults.answersAnalystsOnly':
    'Raw answers are for the coordinators and administrators of the unit running the survey only.',
  'surveyResults.answersDeleted':
    'The raw answers were deleted when their retention period ended; the computed scores are kept.',
  'surveyResults.compareStrata': 'Compare two strata',
  'surveyResults.oneStratum': 'This survey round has a single stratum.',
  'surveyResults.strataA': 'First stratum',
  'surveyResults.strataB': 'Second stratum',
  'surveyResults.difference': 'Difference (95% CI)',
  'surveyResults.verdict': 'Conclusion',
  'surveyResults.verdict.different': 'Clearly different',
  'surveyResults.verdict.test_only': 'Significant by the test, intervals still overlap',
  'surveyResults.verdict.not_different': 'Within the noise',
  'surveyResults.previous': 'Compared with the previous round',
  'surveyResults.previousRun': 'Previous round: {name} ({from} – {to}), whole unit.',
  'surveyResults.thisRun': 'This round',
  'surveyResults.previousShort': 'Previous round',
  'surveyResults.noPrevious': 'No earlier round of the same questionnaire in this unit.',
  'surveyResults.official': 'Beside the official index',
  'surveyResults.officialNote':
    "This local survey's scores beside the official {index} {year} scores of {unit}, for reference only: the two surveys differ in questionnaire, sample and timing.",
  'surveyResults.localSurvey': 'Local survey (95% CI)',
  'surveyResults.officialYear': 'Official {index} {year}',
  'surveyResults.noOfficial':
    'No official result of this index for the unit (or its province) up to the survey year.',
  'surveyResults.retention': 'Retention of raw answers',
  'surveyResults.keptUntil':
    '{n} raw answers kept until the end of {date}; after that they may be deleted (scores are kept).',
  'surveyResults.noRetention': '{n} raw answers stored; no retention date set.',
  'surveyResults.keepUntil': 'Keep until',
  'surveyResults.note': 'Reason, basis',
  'surveyResults.saveRetention': 'Save date',
  'surveyResults.deleteAnswers': 'Delete raw answers',
  'surveyResults.deleteConfirm':
    'Permanently delete every raw answer of this round? The computed scores are kept.',
  'surveyResults.deleteNow': 'Delete',
  'surveyResults.cancel': 'Cancel',
  'surveyResults.deletedOn':
    'The raw answers were deleted on {date} (by {user}); the computed scores are kept.',
  'surveyResults.suggestions': "Suggestions from the citizens' survey",
  'surveyResults.suggestionsHint':
    'The lowest-scoring sub-dimensions of {unit} in {run}. Pick one to filter the solutions.',
  'surveyResults.suggestionScore': '{score} (CI {low} – {high})',
} as const;
