/**
 * Python AsyncIO, figure 4: when a task completes, the event loop calls the
 * callback registered on it; the callback must not block, so the loop goes on.
 */
import React, { type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import { Arrow, Box, EventLoop, FigureFrame, Label } from './parts';

const NAME = 'task-callback';

export default function TaskCallbackFigure(): ReactNode {
  return (
    <FigureFrame
      name={NAME}
      width={640}
      height={220}
      label={translate({
        id: 'figure.taskCallback.label',
        message:
          "Diagram: a task completes with a result; the event loop then calls the callback registered on it, on the loop's own thread. The callback must not block: it returns at once and the loop carries on with the other tasks.",
        description: 'Screen-reader description of the callback diagram',
      })}
      caption={translate({
        id: 'figure.taskCallback.caption',
        message: 'After a task completes, the event loop runs its callback (which must be non-blocking)',
        description: 'Caption of the callback diagram',
      })}
    >
      <Box
        x={10}
        y={58}
        width={176}
        height={56}
        title={translate({ id: 'figure.taskCallback.task', message: 'Task', description: 'The task box' })}
        note={translate({
          id: 'figure.taskCallback.completes',
          message: 'completes with a result',
          description: 'Under "Task"',
        })}
      />
      <Arrow figure={NAME} d="M 186 86 L 242 86" />
      <Label x={214} y={72} small>
        {translate({
          id: 'figure.taskCallback.done',
          message: 'done',
          description: 'Arrow from task to loop',
        })}
      </Label>
      <EventLoop
        figure={NAME}
        cx={310}
        cy={86}
        r={52}
        label={translate({
          id: 'figure.taskCallback.loop',
          message: 'Event loop',
          description: 'The event loop',
        })}
      />
      <Arrow figure={NAME} d="M 374 86 L 428 86" active />
      <Label x={401} y={72} small>
        {translate({
          id: 'figure.taskCallback.calls',
          message: 'calls',
          description: 'Arrow from loop to callback',
        })}
      </Label>
      <Box
        x={432}
        y={54}
        width={198}
        height={64}
        active
        title={translate({
          id: 'figure.taskCallback.callback',
          message: 'Callback',
          description: 'The callback box',
        })}
        note={translate({
          id: 'figure.taskCallback.nonBlocking',
          message: 'must be non-blocking',
          description: 'Under "Callback"',
        })}
      />
      <Arrow figure={NAME} d="M 531 118 C 531 190, 310 200, 310 152" />
      <Label x={440} y={204} small>
        {translate({
          id: 'figure.taskCallback.returns',
          message: 'returns at once: the loop carries on',
          description: 'Curved arrow from the callback back to the loop',
        })}
      </Label>
    </FigureFrame>
  );
}
