// Drives the Softmax Lab embed in embed-example.html through its postMessage API (README, "Embedding").
// Plain script, no build step: copy it into a course page and change the frame's id if needed.
'use strict';

const frame = document.getElementById('lab');
// Messages go only to the lab's origin, and only the lab's frame, from that origin, is listened to.
const labOrigin = new URL(frame.src, window.location.href).origin;

/** Shows text in the element with this id; textContent, never HTML, whatever the message held. */
function show(id, text) {
  document.getElementById(id).textContent = text;
}

function addReply(text) {
  const item = document.createElement('li');
  item.textContent = text;
  document.getElementById('replies').append(item);
}

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== labOrigin) return;
  const message = event.data;
  if (typeof message !== 'object' || message === null || message.source !== 'softmax-lab') return;
  switch (message.type) {
    case 'ready':
      show('ready', 'yes');
      break;
    case 'height':
      // The frame takes the height of the lab's content: no inner scroll bar.
      frame.height = String(message.height);
      show('height', `${message.height} px`);
      break;
    case 'state':
      show('state', `step ${message.step}, loss ${Number(message.loss).toPrecision(4)}, ${message.status}`);
      break;
    case 'error':
      addReply(`Refused: ${message.message}`);
      break;
    case 'notice':
      addReply(`Not used: ${message.notices.join(' ')}`);
      break;
  }
});

function send(command) {
  frame.contentWindow.postMessage(command, labOrigin);
}

document.getElementById('play').addEventListener('click', () => send({ type: 'play' }));
document.getElementById('pause').addEventListener('click', () => send({ type: 'pause' }));
document.getElementById('reset').addEventListener('click', () => send({ type: 'reset' }));
document.getElementById('step').addEventListener('click', () => send({ type: 'step', n: Number(document.getElementById('steps').value) }));
document.getElementById('set').addEventListener('click', () =>
  send({ type: 'set', settings: { optimizer: { learningRate: Number(document.getElementById('learning-rate').value) } } }),
);
