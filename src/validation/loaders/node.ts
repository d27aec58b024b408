/** The build's loader of kubernetes-models' precompiled validators: Node's own module loader, by file name. */
import { type Validate, useValidatorLoader } from '../kubernetes.ts';

useValidatorLoader((file) => import(`kubernetes-models/_schemas/${file}`).then((m: { validate: Validate }) => m.validate));
