/** The browser's loader of kubernetes-models' precompiled validators: the bundled module of the type's API group, loaded when a document of that group is first checked. */
import { validatorGroups } from '../generated/validator-groups.ts';
import { type Validate, useValidatorLoader } from '../kubernetes.ts';

const groupOf = /^(?:IoK8sApi|IoK8sApimachineryPkgApis|IoK8sApiextensionsApiserverPkgApis|IoK8sKubeAggregatorPkgApis)([A-Z][a-z]+)/;

useValidatorLoader(async (file) => {
	const group = groupOf.exec(file)?.[1];
	const load = group ? validatorGroups[group] : undefined;
	const validate = load ? (await load())[file] : undefined;
	if (typeof validate !== 'function') throw new Error(`no validator for ${file}`);
	return validate as Validate;
});
