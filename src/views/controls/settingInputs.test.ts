import { describe, expect, test } from 'vitest';
import { OPTIMIZER_KINDS, OPTIMIZERS } from '../../model/optimizers';
import { labField } from '../../store/schema/labFields';
import { classOptions, inputLabel, numberFieldProps, partLabels, selectProps } from './settingInputs';

describe('a number field’s props, from the field table', () => {
  test('the lab’s panel: label, limits, step and slider as declared, and the table’s hint', () => {
    const { validate, ...props } = numberFieldProps(labField('training', 'stepsPerFrame'));
    expect(props).toEqual({
      label: 'Steps per frame', min: 1, max: 1000, step: 1, integer: true, logSlider: { minExponent: 0, maxExponent: 3 }, linearSlider: false,
      hint: 'At most this many: a frame stops stepping early when its steps take too long, so the page stays smooth',
    });
    expect(validate(0)).toBe('Must be a whole number from 1 to 1000');
    expect(validate(10)).toBeNull();
  });

  test('a declared step wins over the whole-number step; a linear slider only where declared', () => {
    expect(numberFieldProps(labField('dataset', 'noise'))).toMatchObject({ label: 'Noise', min: 0, max: 5, step: 0.05, linearSlider: false });
    expect(numberFieldProps(labField('classes'))).toMatchObject({ min: 2, max: 8, step: 1, linearSlider: true });
    expect(numberFieldProps(labField('optimizer', 'learningRate'))).toMatchObject({ step: undefined, min: undefined, logSlider: { minExponent: -4, maxExponent: 1 } });
  });

  test('a lane card or an embed: the owner’s name first, no slider and no table hint, but a hint the view passes', () => {
    const lane = numberFieldProps(labField('optimizer', 'learningRate'), { owner: 'Lane 2', compact: true });
    expect(lane).toMatchObject({ label: 'Lane 2 learning rate', logSlider: undefined, linearSlider: false, hint: undefined });
    expect(numberFieldProps(labField('init', 'scale'), { compact: true }).hint).toBeUndefined();
    expect(numberFieldProps(labField('init', 'scale')).hint).toBe('Standard deviation of each entry');
    expect(numberFieldProps(labField('optimizer', 'batchSize'), { compact: true }, '0 = all points').hint).toBe('0 = all points');
  });

  test('a typed value is refused in the schema’s words, which the label does not change', () => {
    expect(numberFieldProps(labField('optimizer', 'momentum'), { owner: 'Lane 1' }).validate(1)).toBe('Must be at least 0 and below 1');
    expect(numberFieldProps(labField('dataset', 'count')).validate(10_001)).toBe('Must be a whole number from 0 to 10000');
  });
});

describe('a select’s props, from the field table', () => {
  test('the optimiser’s options are the registry’s, in its order, named by its labels', () => {
    const props = selectProps(labField('optimizer', 'kind'), 'gd');
    expect(props.label).toBe('Optimizer');
    expect(props.options).toEqual(OPTIMIZER_KINDS.map((kind) => ({ value: kind, label: OPTIMIZERS[kind].label })));
    expect(props.hint).toBeUndefined();
  });

  test('the chosen option’s hint where there is room; the view’s hint before it', () => {
    const treatment = labField('optimizer', 'newtonTreatment');
    expect(selectProps(treatment, 'damping').hint).toBe('Adds μ to every eigenvalue');
    expect(selectProps(treatment, 'pseudoinverse').hint).toBe('No step along zero-curvature directions');
    expect(selectProps(treatment, 'damping', { owner: 'Lane 1', compact: true })).toMatchObject({ label: 'Lane 1 singular Hessian', hint: undefined });
    expect(selectProps(treatment, 'damping', {}, 'from the view').hint).toBe('from the view');
    expect(selectProps(treatment, 'damping').options).toEqual([{ value: 'pseudoinverse', label: 'Pseudo-inverse' }, { value: 'damping', label: 'Damping' }]);
  });

  test('the data set’s options are the presets, by their names', () => {
    expect(selectProps(labField('dataset', 'preset'), 'blobs').options.map((option) => option.label)).toEqual([
      'Gaussian blobs', 'Overlapping blobs', 'Linearly separable', 'XOR', 'Two classes', 'Iris petals',
    ]);
  });
});

describe('the other inputs’ words', () => {
  test('labels keep a name’s capital after an owner and lower a plain word', () => {
    expect(inputLabel(labField('model', 'l2'), 'Lane 3')).toBe('Lane 3 L2 strength');
    expect(inputLabel(labField('model', 'penalizeBias'), 'Lane 3')).toBe('Lane 3 penalize bias');
    expect(inputLabel(labField('model', 'referenceClass'))).toBe('Reference class');
  });

  test('the offset’s three fields, and the K classes of a class select', () => {
    expect(partLabels(labField('init', 'offset'))).toEqual(['Offset c_b', 'Offset c_w1', 'Offset c_w2']);
    expect(classOptions(3).map((option) => option.value)).toEqual(['0', '1', '2']);
    expect(classOptions(3)[0].label).toMatch(/^Class 0 /);
  });
});
